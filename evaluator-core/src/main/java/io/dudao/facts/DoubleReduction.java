package io.dudao.facts;

import java.math.BigDecimal;

/**
 * A school's 双减 and after-school-service figures (STANDARDS §8). Times as {@code HH:MM}; minutes per day.
 *
 * @param writtenHomeworkGrades12Minutes 一、二年级书面家庭作业 minutes per day (should be 0)
 * @param homeworkGrades36Minutes        三至六年级 average daily written homework (minutes)
 * @param homeworkJuniorMinutes          初中 average daily written homework (minutes)
 * @param afterSchoolDaysPerWeek         课后服务 days per week
 * @param afterSchoolHoursPerDay         课后服务 hours per day
 * @param afterSchoolEndTime             课后服务 end time
 * @param localOffWorkTime               当地正常下班时间
 * @param studentsRequesting             students who asked for the service
 * @param studentsServed                 students served
 * @param firstClassTime                 上午第一节课开始时间
 * @param examsPerTermGrades12           一、二年级每学期统一考试次数
 * @param examsPerTermOther              其他年级每学期统一考试次数 (most in any grade)
 */
public record DoubleReduction(BigDecimal writtenHomeworkGrades12Minutes, BigDecimal homeworkGrades36Minutes,
                              BigDecimal homeworkJuniorMinutes, Integer afterSchoolDaysPerWeek,
                              BigDecimal afterSchoolHoursPerDay, String afterSchoolEndTime, String localOffWorkTime,
                              Integer studentsRequesting, Integer studentsServed, String firstClassTime,
                              Integer examsPerTermGrades12, Integer examsPerTermOther) {
}
