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
 */
public record StageTeachers(
        Integer fullTime,
        Integer aboveRequiredQualification,
        Integer backboneCountyPlus,
        Integer pe,
        Integer music,
        Integer fineArt,
        Integer arts,
        Integer visitingPeArts) {
}
