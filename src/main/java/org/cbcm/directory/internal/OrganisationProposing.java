package org.cbcm.directory.internal;

import java.text.Normalizer;
import java.util.Locale;

import org.cbcm.directory.OrganisationContent;
import org.cbcm.directory.OrganisationProposals;
import org.cbcm.shared.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of organisations by other modules ({@link OrganisationProposals}): through
 * the proposal use case, once per organisation whatever its status (published, proposed,
 * returned or archived).
 */
@Service
class OrganisationProposing implements OrganisationProposals {

	private final OrganisationManagement management;

	private final JdbcClient jdbc;

	OrganisationProposing(OrganisationManagement management, JdbcClient jdbc) {
		this.management = management;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public boolean proposeUnlessKnown(OrganisationContent content, @Nullable String comment, Viewer by) {
		String name = (content.name() != null) ? plain(content.name()) : "";
		boolean known = jdbc.sql("SELECT name, acronym, iati_identifier FROM organisation")
			.query((rs, row) -> name.equals(plain(rs.getString(1)))
					|| (rs.getString(2) != null && name.equals(plain(rs.getString(2))))
					|| (content.iatiIdentifier() != null && content.iatiIdentifier().equalsIgnoreCase(rs.getString(3))))
			.list()
			.contains(Boolean.TRUE);
		if (known) {
			return false;
		}
		management.propose(content, comment, by);
		return true;
	}

	private static String plain(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ");
	}

}
