package io.dudao.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The district's education finance. Money in 元.
 *
 * @param region                      funding region of the central base quota
 * @param operatingQuotaPrimary       生均公用经费基准定额 the district applies, primary (元/生/年)
 * @param operatingQuotaJunior        the same, junior secondary
 * @param boardingSupplementPerBoarder 寄宿生公用经费补助 per boarder (元/生/年)
 * @param specialEdOperatingFunds     特殊教育学校 and 随班就读 公用经费 (元/年)
 * @param specialEdStudents           特殊教育学校 and 随班就读 students those funds cover
 * @param years                       the budget years, any order
 */
public record Finance(Region region, BigDecimal operatingQuotaPrimary, BigDecimal operatingQuotaJunior,
                      BigDecimal boardingSupplementPerBoarder, BigDecimal specialEdOperatingFunds,
                      Integer specialEdStudents, List<FinanceYear> years) {

    public Finance {
        years = years == null ? null : List.copyOf(years);
    }
}
