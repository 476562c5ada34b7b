package io.dudao.facts;

import java.math.BigDecimal;

/**
 * District figures for the government-guarantee indicators (政府保障程度) and the county duty checks.
 * Money in 元. Every value is nullable: {@code null} is unknown.
 *
 * @param teacherAvgPay               义务教育教师年平均工资 (public schools, 元)
 * @param civilServantAvgPay          当地公务员年平均工资 (元)
 * @param performancePayFullyApproved 绩效工资总量足额核定
 * @param rotationEligible            符合交流轮岗条件的教师数
 * @param rotated                     本年度交流轮岗教师数
 * @param rotatedBackbone             交流轮岗教师中的骨干教师数
 * @param qualityHsPlaces             优质普通高中招生计划总数
 * @param qualityHsAllocated          分配到区域内初中的名额
 * @param qualityHsAllocatedRural     其中分配到农村初中的名额
 * @param migrantEligible             符合条件的随迁子女数
 * @param migrantInPublic             在公办学校就读的随迁子女数
 * @param migrantInPurchasedPrivate   在政府购买学位的民办学校就读的随迁子女数
 * @param basicBalanceWorkScore       县级人民政府推进义务教育均衡发展工作评估得分 (BB2012, 0–100)
 */
public record Government(
        BigDecimal teacherAvgPay,
        BigDecimal civilServantAvgPay,
        Boolean performancePayFullyApproved,
        Integer rotationEligible,
        Integer rotated,
        Integer rotatedBackbone,
        Integer qualityHsPlaces,
        Integer qualityHsAllocated,
        Integer qualityHsAllocatedRural,
        Integer migrantEligible,
        Integer migrantInPublic,
        Integer migrantInPurchasedPrivate,
        BigDecimal basicBalanceWorkScore) {
}
