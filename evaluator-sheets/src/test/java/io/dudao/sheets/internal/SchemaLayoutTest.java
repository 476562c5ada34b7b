package io.dudao.sheets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout follows the schema: a schema with the kinds of fields other work adds (district groups, a
 * second list, a map keyed by id, a list inside a group, number lists, choices by oneOf, units) gives
 * the sheets and columns, and a workbook written from facts of that schema reads back to the same tree.
 */
class SchemaLayoutTest {

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    Path dir;

    private static JsonNode schema() throws IOException {
        try (InputStream in = SchemaLayoutTest.class.getResourceAsStream("/schema/future.schema.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void layout_hasASheetPerListAndMap_groupsFlattened_listsInItemsSkipped() throws IOException {
        Layout layout = SchemaLayout.derive(schema());

        assertThat(layout.district()).extracting(Field::dotted).containsExactly("code",
                "government.fundingNotDecreased", "government.publicFundPerStudent", "monitoring.year", "extra");
        assertThat(layout.tables()).extracting(Table::dotted)
                .containsExactly("schools", "kindergartens", "evidence", "monitoring.results");
        assertThat(layout.tables()).extracting(Table::keyed).containsExactly(false, false, true, false);
        assertThat(layout.skipped()).containsExactly("schools.rooms");
        Table schools = layout.tables().get(0);
        assertThat(schools.fields()).extracting(Field::dotted).containsExactly("id", "type", "classSizes",
                "teachers.primary.fullTime", "teachers.primary.pe", "teachers.junior.fullTime", "teachers.junior.pe",
                "extra");
        assertThat(schools.fields()).extracting(Field::kind).containsExactly(Field.Kind.TEXT, Field.Kind.CHOICE,
                Field.Kind.NUMBER_LIST, Field.Kind.INTEGER, Field.Kind.INTEGER, Field.Kind.INTEGER,
                Field.Kind.INTEGER, Field.Kind.OPEN_MAP);
        Field kind = layout.tables().get(1).fields().get(1);
        assertThat(kind.choices()).extracting(Field.Choice::label).containsExactly("公办", "普惠性民办");
        assertThat(layout.tables().get(1).fields().get(2).unit()).isEqualTo("个");
        assertThat(layout.district().get(2).unit()).isEqualTo("元");
    }

    @Test
    void headers_takeTheLabelBeforeTheColon_andParentLabelsWhereTwoWouldClash() throws IOException {
        Table schools = SchemaLayout.derive(schema()).tables().get(0);
        Headers headers = new Headers(schools.fields(), Map.of());

        assertThat(schools.fields()).extracting(f -> headers.header(f, true)).containsExactly("学校标识码", "办学类型",
                "班额", "小学段·专任教师数", "小学段·体育教师数", "初中段·专任教师数", "初中段·体育教师数", "其他数据");
        assertThat(headers.header(schools.fields().get(3), false)).isEqualTo("primary - full-time");
        assertThat(headers.resolve("小学段 · 专任教师数").field().dotted()).isEqualTo("teachers.primary.fullTime");
        assertThat(headers.resolve("其他数据·图书册数").name()).isEqualTo("图书册数");
        assertThat(headers.resolve("extra.books").name()).isEqualTo("books");
        assertThat(headers.resolve("专任教师数")).as("ambiguous").isNull();
    }

    @Test
    void workbookOfAnotherSchema_readsBackToTheSameFacts() throws IOException {
        Layout layout = SchemaLayout.derive(schema());
        ObjectNode facts = (ObjectNode) JSON.readTree("""
                {"code": "330999",
                 "government": {"fundingNotDecreased": true, "publicFundPerStudent": 812.5},
                 "schools": [
                   {"id": "S1", "type": "PRIMARY", "classSizes": [45, 46, 44],
                    "teachers": {"primary": {"fullTime": 50, "pe": 4}}, "extra": {"books": 12000, "note": "新校区"}},
                   {"id": "S2", "type": "初中", "teachers": {"junior": {"fullTime": 30}}}],
                 "kindergartens": [{"id": "K1", "kind": "INCLUSIVE_PRIVATE", "seats": 270}],
                 "evidence": {"QB2017-G1": {"title": "财政报告", "pages": 12}, "QB2017-G2": {"title": "文件"}},
                 "monitoring": {"year": 2024, "results": [{"subject": "数学", "score": 81.25}]},
                 "extra": {"ratio": 0.5, "flag": true}}
                """);
        Path xlsx = dir.resolve("future.xlsx");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        new WorkbookWriter(layout, true, "测试").write(facts, first);
        Files.write(xlsx, first.toByteArray());
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new WorkbookWriter(layout, true, "测试").write(facts, second);

        FactsAssembler assembler = new FactsAssembler(layout, Mapping.NONE);
        ObjectNode read = assembler.assemble(XlsxGrids.read(xlsx), xlsx.toString(), true);

        assertThat(assembler.problems()).isEmpty();
        ObjectNode expected = facts.deepCopy();
        ((ObjectNode) expected.get("schools").get(1)).put("type", "初级中学");   // written as its label
        ((ObjectNode) expected.get("schools").get(0)).put("type", "小学");
        ((ObjectNode) expected.get("kindergartens").get(0)).put("kind", "普惠性民办");
        assertThat(read).isEqualTo(expected);
        assertThat(first.toByteArray()).as("reproducible").isEqualTo(second.toByteArray());
    }
}
