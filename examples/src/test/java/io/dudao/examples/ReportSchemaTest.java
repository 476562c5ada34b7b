package io.dudao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.dudao.api.Evaluator;
import io.dudao.api.FactsReader;
import io.dudao.api.ReportJson;
import io.dudao.facts.District;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reports of both samples conform to the report schema that documents the contract. */
class ReportSchemaTest {

    @Test
    void sampleReports_conformToTheReportSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = Evaluator.class.getResourceAsStream("/io/dudao/schema/report.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Evaluator evaluator = Evaluator.builder().standards("QB2017").build();
        List<District> districts = new ArrayList<>();
        districts.addAll(FactsReader.read(Path.of("samples/qb2017-small-county.json")));
        districts.addAll(FactsReader.read(Path.of("samples/qb2017-realistic-county.json")));
        ObjectMapper mapper = new ObjectMapper();
        for (District d : districts) {
            JsonNode report = mapper.readTree(ReportJson.toJson(evaluator.evaluate(d)));
            Set<ValidationMessage> problems = schema.validate(report);
            assertThat(problems).as("report of " + d.code()).isEmpty();
        }
    }
}
