package vn.tonghop.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/** An audit line as administrators read it; times in Asia/Ho_Chi_Minh, values as JSON. */
public record AuditEntry(long id, OffsetDateTime at, String username, String unitCode, String action, String entityType,
        String entityId, String summary, JsonNode before, JsonNode after) {
}
