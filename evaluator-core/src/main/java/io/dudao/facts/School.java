package io.dudao.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One school of a district, as reported. Assets are whole-school figures; the stage split (§2.2 of the
 * standards) divides the ones a standard names between the school's stages. Money in 元, areas in m².
 * Every numeric field is nullable: absent means unknown, never zero.
 *
 * @param id                      school id, unique within the district (e.g. the 学校标识码)
 * @param name                    school name
 * @param type                    kind of school
 * @param ownership               public or private
 * @param location                urban, town or rural
 * @param special                 a special-education school (特殊教育学校); out of scope for the balance standards
 * @param vocational              a vocational school (职业学校); out of scope for the balance standards
 * @param enrolment               students per stage
 * @param teachers                teacher counts per stage
 * @param areaTeachingAux         教学及辅助用房面积 (m²), including indoor sports rooms as the statistics report it
 * @param areaIndoorSports        室内体育用房 / 体育馆面积 (m²)
 * @param areaSportsField         校内体育场面积 (m²)
 * @param equipmentValue          教学仪器设备资产值, book value in 元
 * @param multimediaClassrooms    网络多媒体教室数
 * @param areaOtherSportsOnCampus converted sports space on campus (underground, rooftop; m²), counted only under the 规程 relaxation
 * @param areaLeasedOffCampus     leased off-campus sports venues within 10 minutes' walk (m²), counted only under the relaxation
 * @param denseCityCentre         an over-dense central-city school, eligible for the R5 relaxation
 * @param builtYear               year the school was planned and built (规程 relaxations of G3 and G4)
 * @param boarding                a boarding school (寄宿制学校)
 * @param boarders                寄宿生数
 * @param migrantStudents         随迁子女在校生数
 * @param admission               zone admission of the year's intake, per stage (QB2017-G13)
 * @param classSizes              the size of every class, per stage (QB2017-G5)
 * @param musicRooms              the floor area of each music room (m², QB2017-G3)
 * @param artRooms                the floor area of each art room (m², QB2017-G3)
 * @param finance                 operating and teacher-training funds (QB2017-G6, Q4)
 * @param computers               计算机台数 (BB2012-CV4)
 * @param books                   图书册数 (BB2012-CV5)
 * @param meetsProvincialBasicStandard meets the 省定义务教育学校办学基本标准 (BB2012 precondition)
 * @param charter                 has a school charter (学校章程, QB2017-Q3)
 * @param ictManagement           information technology used in management and teaching (QB2017-Q3)
 * @param moralEducationRating    德育与校园文化 rating (QB2017-Q6)
 * @param laborPracticeHours      劳动实践 hours a year (QB2017-Q7)
 * @param comprehensivePracticeHours 综合实践活动 hours a year (QB2017-Q7)
 * @param doubleReduction         双减 and after-school-service figures
 * @param extra                   further values (number, string or boolean) for provincial indicators
 */
public record School(
        String id,
        String name,
        SchoolType type,
        Ownership ownership,
        Location location,
        Boolean special,
        Boolean vocational,
        Enrolment enrolment,
        Teachers teachers,
        BigDecimal areaTeachingAux,
        BigDecimal areaIndoorSports,
        BigDecimal areaSportsField,
        BigDecimal equipmentValue,
        BigDecimal multimediaClassrooms,
        BigDecimal areaOtherSportsOnCampus,
        BigDecimal areaLeasedOffCampus,
        Boolean denseCityCentre,
        Integer builtYear,
        Boolean boarding,
        Integer boarders,
        Integer migrantStudents,
        Admission admission,
        ClassSizes classSizes,
        List<BigDecimal> musicRooms,
        List<BigDecimal> artRooms,
        SchoolFinance finance,
        BigDecimal computers,
        BigDecimal books,
        Boolean meetsProvincialBasicStandard,
        Boolean charter,
        Boolean ictManagement,
        Rating moralEducationRating,
        BigDecimal laborPracticeHours,
        BigDecimal comprehensivePracticeHours,
        DoubleReduction doubleReduction,
        Map<String, Object> extra) {

    public School {
        Objects.requireNonNull(id, "id");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
        enrolment = enrolment == null ? new Enrolment(null, null, null) : enrolment;
        teachers = teachers == null ? new Teachers(null, null) : teachers;
        musicRooms = musicRooms == null ? null : List.copyOf(musicRooms);
        artRooms = artRooms == null ? null : List.copyOf(artRooms);
    }

    /** A school with the resource-allocation figures only; every other figure unknown. */
    public School(String id, String name, SchoolType type, Ownership ownership, Location location, Boolean special,
                  Boolean vocational, Enrolment enrolment, Teachers teachers, BigDecimal areaTeachingAux,
                  BigDecimal areaIndoorSports, BigDecimal areaSportsField, BigDecimal equipmentValue,
                  BigDecimal multimediaClassrooms, BigDecimal areaOtherSportsOnCampus, BigDecimal areaLeasedOffCampus,
                  Boolean denseCityCentre, Map<String, Object> extra) {
        this(id, name, type, ownership, location, special, vocational, enrolment, teachers, areaTeachingAux,
                areaIndoorSports, areaSportsField, equipmentValue, multimediaClassrooms, areaOtherSportsOnCampus,
                areaLeasedOffCampus, denseCityCentre, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, extra);
    }

    /** Whether the school is a special-education school; unknown counts as no. */
    public boolean isSpecial() {
        return Boolean.TRUE.equals(special);
    }

    /** Whether the school is a vocational school; unknown counts as no. */
    public boolean isVocational() {
        return Boolean.TRUE.equals(vocational);
    }
}
