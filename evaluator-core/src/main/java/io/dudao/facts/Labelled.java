package io.dudao.facts;

/**
 * An enumeration constant with a Chinese label. Facts files may use either the English constant
 * ({@code NINE_YEAR}) or the Chinese label ({@code 九年一贯制}); reports always use the constant.
 */
public interface Labelled {
    /** The Chinese label, e.g. {@code 九年一贯制}. */
    String label();

    /** Other Chinese spellings accepted on input. */
    default java.util.List<String> aliases() {
        return java.util.List.of();
    }

    /**
     * Finds the constant whose name, label or alias equals {@code text}.
     *
     * @return the constant, or {@code null} when none matches
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t) || e.label().equals(t) || e.aliases().contains(t)) {
                return e;
            }
        }
        return null;
    }

    /** Every accepted spelling of every constant, for error messages and the schema. */
    static <E extends Enum<E> & Labelled> java.util.List<String> spellings(Class<E> type) {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (E e : type.getEnumConstants()) {
            all.add(e.name());
            all.add(e.label());
            all.addAll(e.aliases());
        }
        return all;
    }
}
