package io.dudao.facts;

/**
 * Full-time teachers (专任教师) of one stage of a school. Every count is nullable: {@code null} is unknown.
 *
 * @param fullTime                   专任教师 of the stage
 * @param aboveRequiredQualification 高于规定学历: primary 专科 and above, junior 本科 and above
 * @param backboneCountyPlus         县级及以上骨干教师
 * @param pe                         体育专任教师
 * @param music                      音乐专任教师
 * @param fineArt                    美术专任教师
 * @param arts                       艺术 (general arts) 专任教师
 * @param visitingPeArts             交流轮岗、兼职、走教 PE and arts teachers, counted only under the 规程 relaxation
 * @param certified                  持有教师资格证的专任教师 (QB2017-G12)
 * @param trained360                 近5年完成360学时培训的专任教师 (QB2017-G9)
 * @param midSeniorTitle             中级及以上专业技术职务专任教师 (BB2012-CV8)
 */
public record StageTeachers(
        Integer fullTime,
        Integer aboveRequiredQualification,
        Integer backboneCountyPlus,
        Integer pe,
        Integer music,
        Integer fineArt,
        Integer arts,
        Integer visitingPeArts,
        Integer certified,
        Integer trained360,
        Integer midSeniorTitle) {

    /** The counts of the resource-allocation indicators only; the others unknown. */
    public StageTeachers(Integer fullTime, Integer aboveRequiredQualification, Integer backboneCountyPlus, Integer pe,
                         Integer music, Integer fineArt, Integer arts, Integer visitingPeArts) {
        this(fullTime, aboveRequiredQualification, backboneCountyPlus, pe, music, fineArt, arts, visitingPeArts,
                null, null, null);
    }
}
