package io.dudao.facts;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One registered kindergarten (幼儿园) of a district, for PP2020. Areas in m². Every value is nullable:
 * {@code null} is unknown.
 *
 * @param id                   kindergarten id, unique within the district
 * @param name                 name
 * @param type                 公办, 普惠性民办 or 其他民办
 * @param location             urban, town or rural
 * @param children             在园幼儿数
 * @param ftTeachers           专任教师数
 * @param teachersCertified    持证专任教师数
 * @param principalCertified   园长持证
 * @param staffingCompliant    教职工按《幼儿园教职工配备标准》配足配齐
 * @param classes              class sizes by age band
 * @param areaOutdoor          户外活动场地面积 (m²)
 * @param areaActivityRooms    活动室建筑面积 (m²)
 * @param areaBuilding         园舍建筑总面积 (m²)
 * @param books                幼儿图书册数
 * @param plannedAfter2017     2017年后规划设计
 * @param meetsBuildingStandard 符合《幼儿园建设标准》
 * @param extra                further values for provincial indicators
 */
public record Kindergarten(String id, String name, KindergartenType type, Location location, Integer children,
                           Integer ftTeachers, Integer teachersCertified, Boolean principalCertified,
                           Boolean staffingCompliant, KindergartenClasses classes, BigDecimal areaOutdoor,
                           BigDecimal areaActivityRooms, BigDecimal areaBuilding, BigDecimal books,
                           Boolean plannedAfter2017, Boolean meetsBuildingStandard, Map<String, Object> extra) {

    public Kindergarten {
        Objects.requireNonNull(id, "id");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
