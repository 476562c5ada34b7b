package io.dudao.internal.ruleset;

import io.dudao.api.Indicator;
import java.util.List;
import java.util.Map;

/**
 * One standard of a rule set: its catalog, its national parameters and its rule files.
 *
 * @param id         standard id, e.g. {@code QB2017}
 * @param name       names by language
 * @param document   the document it encodes
 * @param dimensions dimension id → names by language, in catalog order
 * @param indicators the indicators, in catalog (report) order
 * @param parameters the national parameters, in file order
 * @param ruleFiles  the rule files, by path relative to the rule-set root, sorted
 * @param messageFiles the explanation templates ({@code messages_<locale>.properties}), by path, sorted
 */
public record StandardDef(String id, Map<String, String> name, String document,
                          Map<String, Map<String, String>> dimensions, List<Indicator> indicators,
                          List<ParameterDef> parameters, List<RuleFile> ruleFiles, List<MessageFile> messageFiles) {

    /** The DRL package every rule file of standard {@code id} declares: {@code dudao.rules.<id in lower case>}. */
    public static String drlPackage(String id) {
        return "dudao.rules." + id.toLowerCase(java.util.Locale.ROOT);
    }

    /** A rule file (DRL) and its text. */
    public record RuleFile(String path, String text) {
    }

    /** A message bundle ({@code messages_zh_CN.properties}, {@code messages_en.properties}) and its text. */
    public record MessageFile(String path, String text) {
    }
}
