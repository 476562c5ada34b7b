package io.dudao.internal.facts;

import java.util.regex.Pattern;

/**
 * Builds field paths in the form problems report them: {@code schools[3].enrolment.primary},
 * {@code [1].schools[0].id} for the second district of an array file, {@code ""} for the document.
 * A name that is not a plain word (letters, digits, underscore) is quoted: {@code extra["a b"]}.
 */
final class FieldPath {

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_]+");

    private FieldPath() {
    }

    /** The path of field {@code name} of the object at {@code parent}. */
    static String field(String parent, String name) {
        if (!PLAIN.matcher(name).matches()) {
            return parent + "[" + FactsJson.text(name) + "]";
        }
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** The path of element {@code index} of the array at {@code parent}. */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path prefix of district {@code index}: {@code [index]} in an array file, {@code ""} otherwise. */
    static String district(boolean arrayFile, int index) {
        return arrayFile ? index("", index) : "";
    }
}
