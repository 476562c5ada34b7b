package io.dudao.rulemodel;

import io.dudao.facts.KindergartenType;
import io.dudao.facts.Location;

/**
 * One kindergarten ({@code kindergarten:<id>}), the subject of the kindergarten-level PP2020 indicators.
 * Rules read its figures by path through {@link FactSubject}: {@code $k.number("children")},
 * {@code $k.sizes("classes.small")}, {@code $k.flag("staffingCompliant")}.
 *
 * @param subject      {@code kindergarten:<id>}
 * @param districtCode district code
 * @param id           kindergarten id
 * @param name         kindergarten name
 * @param type         公办, 普惠性民办 or 其他民办 ({@code null} when unknown)
 * @param location     urban, town or rural ({@code null} when unknown)
 * @param values       the kindergarten's figures by path
 */
public record KindergartenFact(String subject, String districtCode, String id, String name, KindergartenType type,
                               Location location, FactValues values) implements FactSubject {

    @Override
    public String displayName() {
        return name;
    }

    /** Whether it is a public (公办) or 普惠性民办 kindergarten; unknown counts as no. */
    public boolean isPuhui() {
        return type == KindergartenType.PUBLIC || type == KindergartenType.PUHUI_PRIVATE;
    }
}
