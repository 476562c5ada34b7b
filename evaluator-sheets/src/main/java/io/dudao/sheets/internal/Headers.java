package io.dudao.sheets.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column headers of one sheet (or the row labels of the district sheet), in both languages, and the
 * way back from a header to its field.
 *
 * <p>A header is the field's label with its unit, {@code 小学在校生数（人）}; where two fields of a sheet
 * share a label, the labels of their parents are put before it until they differ
 * ({@code 小学段专任教师·专任教师数}). Reading accepts, ignoring spaces, case and full-width forms: the dotted
 * field path, either language's header with or without its unit, and the headers a mapping file names. A
 * map of scalars ({@code extra}) takes {@code extra.NAME} or {@code 其他数据·NAME}. A header whose unit in brackets
 * differs ({@code （平方米）}, or {@code （m?）} from a GBK export) is matched by its label.
 */
final class Headers {

    static final String ZH_JOIN = "·";
    static final String EN_JOIN = " - ";
    private static final java.util.regex.Pattern UNIT_SUFFIX = java.util.regex.Pattern.compile("\\s*[(（][^()（）]*[)）]$");

    /** A field, and for a map of scalars the name of the entry. */
    record Target(Field field, String name) {
    }

    private final List<Field> fields;
    private final Map<Field, String> zh = new HashMap<>();
    private final Map<Field, String> en = new HashMap<>();
    private final Map<Field, String> zhBare = new HashMap<>();
    private final Map<Field, String> enBare = new HashMap<>();
    private final Map<String, Target> byKey = new HashMap<>();
    private final Map<String, Target> mapped = new HashMap<>();

    /**
     * @param fields  the sheet's fields
     * @param mapping their header → dotted field path (or {@code extra.NAME}), already checked
     */
    Headers(List<Field> fields, Map<String, String> mapping) {
        this.fields = List.copyOf(fields);
        label(true);
        label(false);
        Set<String> ambiguous = new HashSet<>();
        for (Field f : fields) {
            for (String k : List.of(f.dotted(), zh.get(f), en.get(f), zhBare.get(f), enBare.get(f))) {
                Target previous = byKey.put(Cells.key(k), new Target(f, null));
                if (previous != null && previous.field() != f) {
                    ambiguous.add(Cells.key(k));
                }
            }
        }
        ambiguous.forEach(byKey::remove);
        mapping.forEach((header, path) -> {
            Target t = resolvePath(path);
            if (t != null) {
                mapped.put(Cells.key(header), t);
            }
        });
    }

    List<Field> fields() {
        return fields;
    }

    /** The header of a field: with its unit, in Chinese or English. */
    String header(Field f, boolean chinese) {
        return chinese ? zh.get(f) : en.get(f);
    }

    /** The label of a field without its unit. */
    String label(Field f, boolean chinese) {
        return chinese ? zhBare.get(f) : enBare.get(f);
    }

    /** The header of an entry of a map of scalars: {@code 其他数据·NAME}. */
    String header(Field map, String name, boolean chinese) {
        return (chinese ? zhBare.get(map) + ZH_JOIN : enBare.get(map) + EN_JOIN) + name;
    }

    /** The field a header names, or {@code null}. */
    Target resolve(String header) {
        String k = Cells.key(header);
        Target t = mapped.get(k);
        if (t == null) {
            t = byKey.get(k);
        }
        if (t == null) {
            t = resolvePath(header.strip());
        }
        if (t == null) {
            // the unit written another way (平方米 for m²) or lost to an encoding (GBK has no ²)
            String bare = UNIT_SUFFIX.matcher(header.strip()).replaceFirst("");
            if (!bare.equals(header.strip())) {
                t = byKey.get(Cells.key(bare));
            }
        }
        if (t == null) {
            String h = header.strip();
            for (Field f : fields) {
                if (f.kind() != Field.Kind.OPEN_MAP) {
                    continue;
                }
                for (String separator : List.of(ZH_JOIN, EN_JOIN.strip(), ".")) {
                    int at = h.indexOf(separator);
                    String prefix = at > 0 ? Cells.key(h.substring(0, at)) : null;
                    if (prefix != null && at + separator.length() < h.length() && (prefix.equals(Cells.key(zhBare.get(f)))
                            || prefix.equals(Cells.key(enBare.get(f))) || prefix.equals(Cells.key(f.dotted())))) {
                        return new Target(f, h.substring(at + separator.length()).strip());
                    }
                }
            }
        }
        return t;
    }

    /** The field of a dotted path ({@code teachers.primary.fullTime}, {@code extra.NAME}), or {@code null}. */
    Target resolvePath(String path) {
        for (Field f : fields) {
            if (f.dotted().equals(path)) {
                return f.kind() == Field.Kind.OPEN_MAP ? null : new Target(f, null);
            }
            if (f.kind() == Field.Kind.OPEN_MAP && path.startsWith(f.dotted() + ".")
                    && path.length() > f.dotted().length() + 1) {
                return new Target(f, path.substring(f.dotted().length() + 1));
            }
        }
        return null;
    }

    /** Labels with as many parent labels as make them unique within the sheet. */
    private void label(boolean chinese) {
        int[] depth = new int[fields.size()];
        java.util.Arrays.fill(depth, 1);
        List<String> bare = new ArrayList<>();
        for (int round = 0; round < 16; round++) {
            bare.clear();
            for (int i = 0; i < fields.size(); i++) {
                bare.add(chain(fields.get(i), depth[i], chinese));
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            bare.forEach(b -> counts.merge(Cells.key(b), 1, Integer::sum));
            boolean changed = false;
            for (int i = 0; i < fields.size(); i++) {
                if (counts.get(Cells.key(bare.get(i))) > 1 && depth[i] < fields.get(i).labels().size()) {
                    depth[i]++;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        bare.forEach(b -> counts.merge(Cells.key(b), 1, Integer::sum));
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String b = bare.get(i);
            if (counts.get(Cells.key(b)) > 1) {
                b = b + (chinese ? "（" + f.dotted() + "）" : " (" + f.dotted() + ")");
            }
            String unit = f.unit() == null ? "" : chinese ? "（" + f.unit() + "）" : " (" + f.unit() + ")";
            (chinese ? zhBare : enBare).put(f, b);
            (chinese ? zh : en).put(f, b + unit);
        }
    }

    private static String chain(Field f, int depth, boolean chinese) {
        List<Field.Label> labels = f.labels();
        List<String> parts = new ArrayList<>();
        for (int i = labels.size() - depth; i < labels.size(); i++) {
            parts.add(chinese ? labels.get(i).zh() : labels.get(i).en());
        }
        return String.join(chinese ? ZH_JOIN : EN_JOIN, parts);
    }
}
