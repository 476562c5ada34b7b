package io.dudao.internal.facts;

import com.fasterxml.jackson.databind.JsonNode;
import io.dudao.facts.District;
import io.dudao.facts.Kindergarten;
import io.dudao.facts.School;
import io.dudao.facts.Stage;
import io.dudao.rulemodel.DistrictFact;
import io.dudao.rulemodel.FactValues;
import io.dudao.rulemodel.KindergartenFact;
import io.dudao.rulemodel.SchoolFact;
import io.dudao.rulemodel.Subjects;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns fact records into the by-path values rules read ({@link FactValues}): the JSON form of the record,
 * as the facts file spells it, with nested objects joined by dots, lists of numbers kept as lists, and lists
 * of objects as lists of {@link FactValues} whose reported paths carry the index
 * ({@code finance.years[1].students}). The values are built the first time a rule reads them.
 */
public final class FactFlattener {

    /** District fields that are facts of their own, or identity, rather than district-level figures. */
    private static final Set<String> NOT_DISTRICT_VALUES = Set.of("schools", "kindergartens");

    private FactFlattener() {
    }

    /** The district fact of {@code d}, with its district-level figures. */
    public static DistrictFact district(District d) {
        return new DistrictFact(Subjects.district(d.code()), d.code(), d.name(), d.provinceCode(), d.cityCode(),
                d.schoolYear(), d.extra(), new FactValues("", () -> flatten(d, NOT_DISTRICT_VALUES)));
    }

    /** The whole-school fact of {@code s} in district {@code districtCode}. */
    public static SchoolFact school(String districtCode, School s) {
        Integer students = 0;
        if (s.type() == null) {
            students = null;
        } else {
            for (Stage st : s.type().stages()) {
                if (st == Stage.SENIOR) {
                    continue;
                }
                Integer n = s.enrolment().of(st);
                students = students == null || n == null ? null : students + n;
            }
        }
        return new SchoolFact(Subjects.school(s.id()), districtCode, s.id(), s.name(), s.type(), s.ownership(),
                s.location(), s.isSpecial(), s.isVocational(), Boolean.TRUE.equals(s.boarding()), s.builtYear(),
                students, new FactValues("", () -> flatten(s, Set.of())));
    }

    /** The fact of kindergarten {@code k} in district {@code districtCode}. */
    public static KindergartenFact kindergarten(String districtCode, Kindergarten k) {
        return new KindergartenFact(Subjects.kindergarten(k.id()), districtCode, k.id(), k.name(), k.type(),
                k.location(), new FactValues("", () -> flatten(k, Set.of())));
    }

    private static Map<String, Object> flatten(Record record, Set<String> skip) {
        Map<String, Object> out = new TreeMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (skip.contains(c.getName())) {
                continue;
            }
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
            }
            if (value != null) {
                put(out, c.getName(), c.getName(), FactsJson.MAPPER.valueToTree(value));
            }
        }
        return out;
    }

    private static void put(Map<String, Object> out, String path, String reported, JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return;
        }
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                put(out, path + "." + e.getKey(), reported + "." + e.getKey(), e.getValue());
            }
        } else if (n.isArray()) {
            boolean objects = n.size() > 0 && n.get(0).isObject();
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode item = n.get(i);
                if (objects) {
                    Map<String, Object> m = new TreeMap<>();
                    String prefix = reported + "[" + i + "]";
                    Iterator<Map.Entry<String, JsonNode>> it = item.fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> e = it.next();
                        put(m, e.getKey(), prefix + "." + e.getKey(), e.getValue());
                    }
                    items.add(FactValues.of(prefix, m));
                } else if (item.isNumber()) {
                    items.add(item.decimalValue());
                } else if (!item.isNull()) {
                    items.add(item.asText());
                }
            }
            out.put(path, List.copyOf(items));
        } else if (n.isNumber()) {
            out.put(path, n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue());
        } else if (n.isBoolean()) {
            out.put(path, n.booleanValue());
        } else {
            out.put(path, n.asText());
        }
    }
}
