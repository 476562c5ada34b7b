package io.dudao.facts;

/**
 * New entrants of one stage and how many of them live in the school's admission zone (QB2017-G13).
 *
 * @param admitted 本年招生数
 * @param inZone   其中划片区域内就近入学的学生数
 */
public record ZoneAdmission(Integer admitted, Integer inZone) {
}
