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
 * @param includes   the standards whose results this one includes (a profile), in catalog order; empty for most
 * @param refs       indicator id → the included indicator it stands for ({@code ref:} entries of the catalog);
 *                   their results are the included indicator's, relabelled, and no rule of this standard decides them
 * @param appliesWhen what the facts must have for the standard to apply by default ({@code schools},
 *                   {@code kindergartens}, {@code preschool}, {@code finance}; any one suffices); empty: always
 */
public record StandardDef(String id, Map<String, String> name, String document,
                          Map<String, Map<String, String>> dimensions, List<Indicator> indicators,
                          List<ParameterDef> parameters, List<RuleFile> ruleFiles, List<MessageFile> messageFiles,
                          List<String> includes, Map<String, String> refs, List<String> appliesWhen) {

    public StandardDef {
        includes = includes == null ? List.of() : List.copyOf(includes);
        refs = refs == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(refs));
        appliesWhen = appliesWhen == null ? List.of() : List.copyOf(appliesWhen);
    }

    /** A standard that includes no other and applies always. */
    public StandardDef(String id, Map<String, String> name, String document,
                       Map<String, Map<String, String>> dimensions, List<Indicator> indicators,
                       List<ParameterDef> parameters, List<RuleFile> ruleFiles, List<MessageFile> messageFiles) {
        this(id, name, document, dimensions, indicators, parameters, ruleFiles, messageFiles, List.of(), Map.of(),
                List.of());
    }

    /** The indicators its own rules decide: all but the {@link #refs()}. */
    public List<Indicator> ownIndicators() {
        return refs.isEmpty() ? indicators : indicators.stream().filter(i -> !refs.containsKey(i.id())).toList();
    }

    /** This standard with other indicators (the resolved refs among them). */
    public StandardDef withIndicators(List<Indicator> resolved) {
        return new StandardDef(id, name, document, dimensions, resolved, parameters, ruleFiles, messageFiles,
                includes, refs, appliesWhen);
    }

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
