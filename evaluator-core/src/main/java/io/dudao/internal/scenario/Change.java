package io.dudao.internal.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One change a scenario makes to its facts, applied in file order. */
sealed interface Change {

    /** The line of the change in the scenario file. */
    int line();

    /**
     * Sets and removes fields of the district ({@code school == null}) or of the school with id {@code school}.
     *
     * @param line   line of the change
     * @param school the school id, or {@code null} for the district
     * @param set    the fields to set, in order
     * @param remove the fields to remove, in order
     */
    record Edit(int line, String school, List<SetField> set, List<RemoveField> remove) implements Change {
    }

    /**
     * A field to set; intermediate objects are created.
     *
     * @param line  line of the entry
     * @param path  dotted field path, e.g. {@code teachers.primary.pe}
     * @param value the value
     */
    record SetField(int line, String path, JsonNode value) {
    }

    /**
     * A field to remove; it must exist.
     *
     * @param line line of the entry
     * @param path dotted field path
     */
    record RemoveField(int line, String path) {
    }

    /**
     * Adds a school, whose id must be new.
     *
     * @param line   line of the change
     * @param school the school
     */
    record AddSchool(int line, ObjectNode school) implements Change {
    }

    /**
     * Removes the school with id {@code id}.
     *
     * @param line line of the change
     * @param id   the school id
     */
    record RemoveSchool(int line, String id) implements Change {
    }
}
