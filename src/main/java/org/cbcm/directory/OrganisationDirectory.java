package org.cbcm.directory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.cbcm.directory.internal.Organisations;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.shared.Paging;
import org.cbcm.shared.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations as every module reads them. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final Organisations organisations;

	OrganisationDirectory(Organisations organisations) {
		this.organisations = organisations;
	}

	public Optional<Organisation> find(OrganisationId id) {
		return organisations.find(id);
	}

	/** The organisation, or a {@link NotFoundException} naming the identifier. */
	public Organisation get(OrganisationId id) {
		return find(id).orElseThrow(() -> new NotFoundException("organisation.not-found", id.value()));
	}

	/**
	 * The organisations among the identifiers, by identifier, read at once; unknown
	 * identifiers are left out.
	 */
	public Map<OrganisationId, Organisation> findAll(java.util.Collection<OrganisationId> ids) {
		Map<OrganisationId, Organisation> found = new java.util.HashMap<>();
		organisations.findAll(ids).forEach(organisation -> found.put(organisation.id(), organisation));
		return found;
	}

	/** Every organisation, by name: for choosing one in a form. */
	public java.util.List<Organisation> all() {
		return organisations.all();
	}

	/** Organisations by name, a page at a time. */
	public ResultPage<Organisation> search(OrganisationFilter filter, Paging paging) {
		return organisations.search(filter, paging);
	}

	/** How many organisations there are of each type. */
	public Map<OrganisationType, Long> countsByType() {
		Map<OrganisationType, Long> counts = new EnumMap<>(OrganisationType.class);
		organisations.countsByType().forEach(counts::put);
		return counts;
	}

}
