package org.cbcm.needs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cbcm.needs.NeedsArchived;
import org.cbcm.needs.NeedsAssessmentId;
import org.cbcm.needs.NeedsLoads;
import org.cbcm.records.Confirmations;
import org.cbcm.records.Refusal;
import org.cbcm.records.Revisions;
import org.cbcm.records.Transition;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.ForbiddenException;
import org.cbcm.shared.InvalidRequestException;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads and removes needs assessments in bulk ({@link NeedsLoads}) through the shared
 * lifecycle: each is created and published as a person would, so its revisions,
 * confirmation and {@link org.cbcm.needs.NeedsPublished} come with it.
 */
@Service
@Transactional
class NeedsBulk implements NeedsLoads {

	private final NeedsManagement needs;

	private final JdbcClient jdbc;

	private final Revisions revisions;

	private final Confirmations confirmations;

	private final ApplicationEventPublisher events;

	NeedsBulk(NeedsManagement needs, JdbcClient jdbc, Revisions revisions, Confirmations confirmations,
			ApplicationEventPublisher events) {
		this.needs = needs;
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.confirmations = confirmations;
		this.events = events;
	}

	@Override
	public List<NeedsAssessmentId> publish(List<Loaded> batch, @Nullable String comment, Viewer by) {
		secretariat(by);
		if (batch.size() > MAX_BATCH) {
			throw new InvalidRequestException("batch", "needs.elements.too-many", MAX_BATCH, batch.size());
		}
		List<NeedsAssessmentId> ids = new ArrayList<>();
		for (Loaded loaded : batch) {
			NeedsAssessmentId id = needs.create(loaded.country(), loaded.content(), comment, by);
			needs.move(id, 1, Transition.PUBLISH, null, by);
			ids.add(id);
		}
		return ids;
	}

	@Override
	@Transactional(readOnly = true)
	public long count(String createdBy) {
		return jdbc.sql("SELECT COUNT(*) FROM needs_assessment WHERE created_by IS NULL AND created_by_name = :name")
			.param("name", createdBy)
			.query(Long.class)
			.single();
	}

	@Override
	public int removeAll(String createdBy, Viewer by) {
		secretariat(by);
		record Row(UUID id, String country, boolean published) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT id, country_code, published_at FROM needs_assessment
				WHERE created_by IS NULL AND created_by_name = :name""")
			.param("name", createdBy)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("country_code"),
					rs.getObject("published_at") != null))
			.list();
		if (rows.isEmpty()) {
			return 0;
		}
		List<String> keys = rows.stream().map(row -> row.id().toString()).toList();
		jdbc.sql("DELETE FROM needs_assessment WHERE id IN (:ids)")
			.param("ids", rows.stream().map(Row::id).toList())
			.update();
		revisions.removeAll(NeedsAssessment.KIND.name(), keys);
		confirmations.withdrawnAll(NeedsAssessment.KIND.name(), keys);
		rows.stream()
			.filter(Row::published)
			.forEach(row -> events
				.publishEvent(new NeedsArchived(new NeedsAssessmentId(row.id()), CountryCode.of(row.country()))));
		return rows.size();
	}

	private static void secretariat(Viewer by) {
		if (!by.isSecretariat()) {
			throw new ForbiddenException(Refusal.NOT_YOURS.messageKey(), "SECRETARIAT");
		}
	}

}
