package io.dudao.api;

/** How an indicator's verdict is reached. */
public enum Assessment {
    /** A measured value compared with a threshold (the catalog gives an operator). */
    MEASURED,
    /** A roll-up of other results (no operator). */
    ROLLED_UP,
    /**
     * A finding on evidence: a qualitative item accepted or not (佐证材料), or a one-vote veto found or not.
     * Declared in the catalog with {@code assessment: EVIDENCE}.
     */
    EVIDENCE
}
