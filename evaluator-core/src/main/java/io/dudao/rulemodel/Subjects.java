package io.dudao.rulemodel;

import io.dudao.facts.Stage;
import java.util.Comparator;

/**
 * Canonical subject strings: {@code district:<code>}, {@code district:<code>/<STAGE>},
 * {@code school:<id>}, {@code school:<id>/<STAGE>}, {@code kindergarten:<id>}.
 */
public final class Subjects {

    private Subjects() {
    }

    public static String district(String code) {
        return "district:" + code;
    }

    public static String districtStage(String code, Stage stage) {
        return "district:" + code + "/" + stage.name();
    }

    public static String school(String id) {
        return "school:" + id;
    }

    public static String kindergarten(String id) {
        return "kindergarten:" + id;
    }

    public static String schoolPart(String id, Stage stage) {
        return "school:" + id + "/" + stage.name();
    }

    /** Subject order used in reports: districts before schools, then natural order (S2 before S10). */
    public static int compare(String a, String b) {
        return NATURAL.compare(a, b);
    }

    /** Compares strings so that runs of digits compare by value, then by text; a total order. */
    public static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                while (si < i - 1 && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < j - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                int la = i - si;
                int lb = j - sj;
                if (la != lb) {
                    return Integer.compare(la, lb);
                }
                for (int k = 0; k < la; k++) {
                    int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    };
}
