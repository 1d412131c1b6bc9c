package vn.tonghop.rollup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes rollups as the API sends them, with their tables written apart: kept tables (most of a national rollup's JSON)
 * are written once and put into each rollup written around them.
 */
final class RollupJson {

    /** How a rollup without tables writes its (empty) tables; Jackson escapes quotes inside strings, never these. */
    private static final byte[] NO_TABLES = "\"tables\":[]".getBytes(StandardCharsets.UTF_8);
    private static final int NAME_LENGTH = "\"tables\":".length();

    private final ObjectMapper mapper;

    RollupJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    byte[] tables(List<RollupView.TableRollup> tables) {
        return write(tables);
    }

    /** The rollup's JSON with {@code tablesJson} as its tables (the JSON of its own tables). */
    byte[] view(RollupView view, byte[] tablesJson) {
        byte[] around = write(view.withTables(List.of()));
        int at = indexOf(around, NO_TABLES);
        if (at < 0) {
            return write(view); // a mapper that writes otherwise (indented): no splice
        }
        int from = at + NAME_LENGTH;
        int rest = from + 2;
        byte[] out = Arrays.copyOf(around, around.length - 2 + tablesJson.length);
        System.arraycopy(tablesJson, 0, out, from, tablesJson.length);
        System.arraycopy(around, rest, out, from + tablesJson.length, around.length - rest);
        return out;
    }

    private byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rollup could not be written as JSON", e);
        }
    }

    private static int indexOf(byte[] in, byte[] part) {
        outer: for (int i = 0; i <= in.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (in[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
