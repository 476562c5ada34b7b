package io.dudao.internal.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.dudao.api.scenario.ScenarioRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The scenario JSON Schema describes what the runner reads: it accepts the fixture scenarios and is as strict. */
class ScenarioSchemaTest {

    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream("/io/dudao/schema/scenario.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as the runner reads it: YAML composed, values converted as for facts. */
    private static Set<ValidationMessage> validate(String yaml) {
        Nodes nodes = new Nodes();
        JsonNode json = nodes.json(new Yaml().compose(new StringReader(yaml)), "scenario");
        assertThat(nodes.problems()).isEmpty();
        return SCHEMA.validate(json);
    }

    @Test
    void schema_acceptsEveryFixtureScenario() throws IOException, URISyntaxException {
        Path suite = Path.of(getClass().getResource("/scenarios/suite").toURI());
        List<Path> files = ScenarioRunner.discover(List.of(suite));
        assertThat(files).hasSize(7);
        for (Path f : files) {
            assertThat(validate(Files.readString(f))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void schema_rejectsWhatTheRunnerRejects() {
        String base = "name: x\nstandards: [T1]\nbase: b.json\n";
        assertThat(validate(base + "expect:\n  - {indicator: A, subject: s, verdict: PASS, subjct: t}\n")).isNotEmpty();
        assertThat(validate(base + "expect:\n  - {indicator: A, subject: s, verdict: PASSED}\n")).isNotEmpty();
        assertThat(validate(base + "expect:\n  - {indicator: A, subject: s, verdict: PASS, tolerance: 0.1}\n")).isNotEmpty();
        assertThat(validate(base + "expect: []\n")).isNotEmpty();
        assertThat(validate(base)).isNotEmpty();
        assertThat(validate(base + "facts: {code: '1'}\nexpectError: {code: facts.invalid}\n")).isNotEmpty();
        assertThat(validate(base + "changes:\n  - {school: A}\nexpectError: {code: facts.invalid}\n")).isNotEmpty();
        assertThat(validate(base + "changes:\n  - {addSchool: {id: X}, school: A}\nexpectError: {code: facts.invalid}\n"))
                .isNotEmpty();
        assertThat(validate(base + "expectError: {code: facts.invalid}\n")).isEmpty();
    }
}
