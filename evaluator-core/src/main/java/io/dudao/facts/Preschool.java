package io.dudao.facts;

import java.math.BigDecimal;

/**
 * District figures for preschool education (学前教育, PP2020). Money in 元.
 *
 * @param pop3to6                 户籍所在地 3–6 岁常住人口 (resident population aged 3–6)
 * @param childrenEnrolled        在园幼儿数 of that population, wherever enrolled
 * @param estateKgTotal           现有城镇小区配套幼儿园数
 * @param estateKgPublicOrPuhui   其中办成公办或普惠性幼儿园的数
 * @param subsidyPerChild         普惠性民办园生均公用经费补助 (元/生/年)
 * @param subsidySystem           a subsidy system exists (补助制度已建立)
 * @param townships               乡镇数
 * @param townshipsWithPublicCentralKg 有公办中心园的乡镇数
 * @param majorSafetyIncidents2y  近两年重大安全责任事故数
 * @param ethicsIncidents2y       近两年严重师德师风事件数
 * @param unfilledPosts           公办园存在"有编不补"
 */
public record Preschool(Integer pop3to6, Integer childrenEnrolled, Integer estateKgTotal, Integer estateKgPublicOrPuhui,
                        BigDecimal subsidyPerChild, Boolean subsidySystem, Integer townships,
                        Integer townshipsWithPublicCentralKg, Integer majorSafetyIncidents2y, Integer ethicsIncidents2y,
                        Boolean unfilledPosts) {
}
