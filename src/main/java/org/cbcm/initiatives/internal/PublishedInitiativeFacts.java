package org.cbcm.initiatives.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cbcm.directory.ProfileContact;
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
 * The published initiatives' facts, read from their published copies a page at a time,
 * and their contacts, many at once.
 */
@Service
@Transactional(readOnly = true)
class PublishedInitiativeFacts implements PublishedInitiatives {

	/** How many initiatives one query asks for, within what databases take in a list. */
	static final int CONTACTS_AT_ONCE = 500;

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

	@Override
	@Transactional
	public List<InitiativeFacts> now(Collection<InitiativeId> ids) {
		List<UUID> wanted = ids.stream().map(InitiativeId::value).distinct().toList();
		if (wanted.size() > AT_ONCE) {
			throw new IllegalArgumentException("At most " + AT_ONCE + " initiatives at once, not " + wanted.size());
		}
		List<InitiativeFacts> facts = new java.util.ArrayList<>();
		for (int from = 0; from < wanted.size(); from += CONTACTS_AT_ONCE) {
			List<UUID> part = wanted.subList(from, Math.min(wanted.size(), from + CONTACTS_AT_ONCE));
			jdbc.sql("SELECT id FROM initiative WHERE id IN (:ids) ORDER BY id FOR UPDATE")
				.param("ids", part)
				.query(UUID.class)
				.list();
			facts.addAll(jdbc.sql("""
					SELECT i.id, i.published_content FROM initiative_entry e JOIN initiative i ON i.id = e.initiative_id
					WHERE i.published_content IS NOT NULL AND i.id IN (:ids)""").param("ids", part).query((rs, row) -> {
				InitiativeId id = new InitiativeId(rs.getObject(1, UUID.class));
				return InitiativeFacts.of(id, json.readValue(rs.getString(2), InitiativeContent.class));
			}).list());
		}
		return facts;
	}

	@Override
	public Map<InitiativeId, List<ProfileContact>> contacts(Collection<InitiativeId> ids) {
		List<UUID> wanted = ids.stream().map(InitiativeId::value).distinct().toList();
		Map<UUID, List<ProfileContact>> found = new HashMap<>();
		for (int from = 0; from < wanted.size(); from += CONTACTS_AT_ONCE) {
			jdbc.sql(
					"SELECT id, published_content FROM initiative WHERE published_content IS NOT NULL AND id IN (:ids)")
				.param("ids", wanted.subList(from, Math.min(wanted.size(), from + CONTACTS_AT_ONCE)))
				.query((rs, row) -> found.put(rs.getObject(1, UUID.class),
						json.readValue(rs.getString(2), InitiativeContent.class).contacts()))
				.list();
		}
		Map<InitiativeId, List<ProfileContact>> contacts = new LinkedHashMap<>();
		for (UUID id : wanted) {
			List<ProfileContact> of = found.get(id);
			if (of != null && !of.isEmpty()) {
				contacts.put(new InitiativeId(id), of);
			}
		}
		return contacts;
	}

}
