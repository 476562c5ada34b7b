package io.dudao.reference;

/**
 * The order of subjects in reports: runs of digits compare by their value (S2 before S10), other characters
 * one by one; equal under that, the shorter remainder first, then plain text order, so that the order is
 * total. The CV sums run in this order, which makes their last digit reproducible.
 */
final class NaturalOrder {

    private NaturalOrder() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int la = a.length();
        int lb = b.length();
        while (i < la && j < lb) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < la && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < lb && isDigit(b.charAt(j))) {
                    j++;
                }
                // skip leading zeros, keeping at least one digit
                while (si < i - 1 && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < j - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                int na = i - si;
                int nb = j - sj;
                if (na != nb) {
                    return Integer.compare(na, nb);
                }
                for (int k = 0; k < na; k++) {
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
        int c = Integer.compare(la - i, lb - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return Character.isDigit(c);
    }
}
