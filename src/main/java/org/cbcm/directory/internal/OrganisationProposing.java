package org.cbcm.directory.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.cbcm.directory.OrganisationContent;
import org.cbcm.directory.OrganisationProposals;
import org.cbcm.shared.Validation;
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
	public int proposeUnlessKnown(List<Proposal> proposals, Viewer by) {
		if (proposals.isEmpty()) {
			return 0;
		}
		Set<String> names = new HashSet<>();
		Set<String> identifiers = new HashSet<>();
		jdbc.sql("SELECT name, acronym, iati_identifier FROM organisation").query(rs -> {
			names.add(plain(rs.getString(1)));
			if (rs.getString(2) != null) {
				names.add(plain(rs.getString(2)));
			}
			if (rs.getString(3) != null) {
				identifiers.add(rs.getString(3).toLowerCase(Locale.ROOT));
			}
		});
		int proposed = 0;
		for (Proposal proposal : proposals) {
			OrganisationContent given = proposal.content();
			if (names.contains(plain(given.name())) || (given.iatiIdentifier() != null
					&& identifiers.contains(given.iatiIdentifier().toLowerCase(Locale.ROOT)))) {
				continue;
			}
			OrganisationContent content = valid(given);
			if (content == null) {
				continue;
			}
			management.propose(content, proposal.comment(), by);
			proposed++;
			names.add(plain(content.name()));
			if (content.acronym() != null) {
				names.add(plain(content.acronym()));
			}
			if (content.iatiIdentifier() != null) {
				identifiers.add(content.iatiIdentifier().toLowerCase(Locale.ROOT));
			}
		}
		return proposed;
	}

	/**
	 * The content if valid, else without its IATI identifier if that makes it valid, else
	 * none.
	 */
	private static @Nullable OrganisationContent valid(OrganisationContent content) {
		Validation validation = new Validation();
		content.check(validation);
		if (!validation.failed()) {
			return content;
		}
		if (content.iatiIdentifier() == null) {
			return null;
		}
		OrganisationContent without = new OrganisationContent(content.name(), content.acronym(), content.type(),
				content.country(), null, content.website(), content.description());
		Validation again = new Validation();
		without.check(again);
		return again.failed() ? null : without;
	}

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static String plain(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String bare = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

}
