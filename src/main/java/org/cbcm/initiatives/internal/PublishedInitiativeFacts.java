package org.cbcm.initiatives.internal;

import java.util.List;
import java.util.UUID;

import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeFacts;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.PublishedInitiatives;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The published initiatives' facts, read from their published copies a page at a time.
 */
@Service
@Transactional(readOnly = true)
class PublishedInitiativeFacts implements PublishedInitiatives {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PublishedInitiativeFacts(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public List<InitiativeFacts> after(@Nullable InitiativeId after, int size) {
		String from = """
				SELECT i.id, i.published_content FROM initiative_entry e JOIN initiative i ON i.id = e.initiative_id
				WHERE i.published_content IS NOT NULL""";
		var query = (after != null)
				? jdbc.sql(from + " AND i.id > :after ORDER BY i.id LIMIT :size").param("after", after.value())
				: jdbc.sql(from + " ORDER BY i.id LIMIT :size");
		return query.param("size", size).query((rs, row) -> {
			InitiativeId id = new InitiativeId(rs.getObject(1, UUID.class));
			return InitiativeFacts.of(id, json.readValue(rs.getString(2), InitiativeContent.class));
		}).list();
	}

}
