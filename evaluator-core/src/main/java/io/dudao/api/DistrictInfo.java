package io.dudao.api;

/**
 * The district a report is about.
 *
 * @param code         district code
 * @param name         district name
 * @param provinceCode province code
 * @param cityCode     city code
 * @param schoolYear   school year of the figures
 */
public record DistrictInfo(String code, String name, String provinceCode, String cityCode, String schoolYear) {
}
