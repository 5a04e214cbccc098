package org.cbcm.exchange.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.exchange.internal.iati.IatiWriter;
import org.cbcm.exchange.internal.iati.IatiWriter.Names;
import org.cbcm.exchange.internal.iati.IatiWriter.Source;
import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemCode;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.initiatives.InitiativeId;
import org.cbcm.initiatives.InitiativeImports;
import org.cbcm.initiatives.InitiativeImports.ExternalId;
import org.cbcm.initiatives.PublishedContents;
import org.cbcm.initiatives.PublishedContents.Published;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.NotFoundException;
import org.cbcm.shared.OrganisationId;
import org.cbcm.web.PublicAddress;
import org.cbcm.web.StreamedDownload;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published initiatives as IATI 2.03 activity files: the list's selection (its filters
 * and order, as {@code /initiatives} and {@code /api/v1/initiatives} read them) and one
 * initiative, on the pages' paths and the API's. The selection streams a chunk at a time,
 * each chunk's organisations and identities at their publishers read at once; nothing is
 * sent before the first activity is ready, so that a selection with nothing to export is
 * answered 404 rather than with a file the schema refuses (it requires one activity).
 */
@RestController
@Tag(name = "Initiatives")
class IatiExports {

	/** How many initiatives are read, named and written at a time. */
	static final int CHUNK = 500;

	static final String TYPE = "application/xml";

	private final PublishedContents contents;

	private final InitiativeImports imports;

	private final OrganisationDirectory organisations;

	private final CountryDirectory countries;

	private final ActionPlanCatalogue plan;

	private final MessageSource messages;

	private final PublicAddress address;

	private final ExchangeSettings settings;

	private final Clock clock;

	IatiExports(PublishedContents contents, InitiativeImports imports, OrganisationDirectory organisations,
			CountryDirectory countries, ActionPlanCatalogue plan, MessageSource messages, PublicAddress address,
			ExchangeSettings settings, Clock clock) {
		this.contents = contents;
		this.imports = imports;
		this.organisations = organisations;
		this.countries = countries;
		this.plan = plan;
		this.messages = messages;
		this.address = address;
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping("/initiatives/download.iati.xml")
	void selection(HttpServletRequest request, HttpServletResponse response) throws IOException {
		export(request.getParameterMap(), response);
	}

	@GetMapping("/api/v1/initiatives.iati.xml")
	@Operation(summary = "Published initiatives as an IATI 2.03 activity file",
			description = "The selection GET /api/v1/initiatives pages through (the same filters and sort), whole, "
					+ "as IATI 2.03 activity XML valid against the standard's schema; 404 when it holds none.")
	void apiSelection(HttpServletRequest request, HttpServletResponse response) throws IOException {
		export(request.getParameterMap(), response);
	}

	@GetMapping("/initiatives/{id}.iati.xml")
	void one(@PathVariable InitiativeId id, HttpServletResponse response) throws IOException {
		single(id, response);
	}

	@GetMapping("/api/v1/initiatives/{id}.iati.xml")
	@Operation(summary = "A published initiative as an IATI 2.03 activity file",
			description = "404 for an initiative that is not published, or whose record gives no date (IATI requires one).")
	void apiOne(@PathVariable InitiativeId id, HttpServletResponse response) throws IOException {
		single(id, response);
	}

	private void single(InitiativeId id, HttpServletResponse response) throws IOException {
		Published published = contents.find(id).orElseThrow(() -> new NotFoundException("initiative.not-found", id));
		if (!IatiWriter.exportable(published.content())) {
			throw new NotFoundException("exchange.iati.no-date", id);
		}
		Export export = new Export(response, "initiative-" + id + ".iati.xml");
		StreamedDownload.write(response, () -> {
			export.chunk(List.of(published));
			export.finish();
		});
	}

	private void export(Map<String, String[]> parameters, HttpServletResponse response) throws IOException {
		Export export = new Export(response, "initiatives-" + LocalDate.now(clock) + ".iati.xml");
		StreamedDownload.write(response, () -> {
			contents.select(parameters, CHUNK, export::chunk);
			if (export.writer == null) {
				throw new NotFoundException("exchange.iati.none");
			}
			export.finish();
		});
	}

	/** One export: the file opened at its first activity, written chunk by chunk. */
	private final class Export {

		private final HttpServletResponse response;

		private final String filename;

		private final Map<CountryCode, Country> named = new HashMap<>();

		private final Map<ItemCode, String> elements = new HashMap<>();

		private @Nullable IatiWriter writer;

		/** Those left out before the file was opened. */
		private int leftOut;

		Export(HttpServletResponse response, String filename) {
			this.response = response;
			this.filename = filename;
		}

		void chunk(List<Published> chunk) {
			try {
				Names names = names(chunk);
				Map<InitiativeId, ExternalId> externals = imports.externals(chunk.stream().map(Published::id).toList());
				Map<InitiativeId, List<InitiativeImports.Classification>> classified = imports
					.classifications(chunk.stream().map(Published::id).toList());
				for (Published published : chunk) {
					if (!IatiWriter.exportable(published.content())) {
						if (writer != null) {
							writer.leaveOut(1);
						}
						else {
							leftOut++;
						}
						continue;
					}
					writer().write(new Source(published, externals.get(published.id()),
							classified.getOrDefault(published.id(), List.of())), names);
				}
			}
			catch (IOException | XMLStreamException ex) {
				throw new IllegalStateException("The IATI export broke off: " + ex.getMessage(), ex);
			}
		}

		void finish() throws IOException {
			try {
				java.util.Objects.requireNonNull(writer).finish();
				response.flushBuffer();
			}
			catch (XMLStreamException ex) {
				throw new IOException("The IATI export broke off: " + ex.getMessage(), ex);
			}
		}

		private IatiWriter writer() throws IOException, XMLStreamException {
			if (writer == null) {
				response.setContentType(TYPE);
				response.setCharacterEncoding("UTF-8");
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(filename).build().toString());
				OutputStream out = response.getOutputStream();
				writer = new IatiWriter(out,
						new IatiWriter.Publisher(settings.publisherRef(), settings.publisherType(),
								settings.publisherName()),
						address.link(Codelists.KEY_ELEMENTS), address.link("/initiatives/"),
						key -> messages.getMessage(key, null, key, Locale.ENGLISH), elementNames());
				writer.start(Instant.now(clock));
				writer.leaveOut(leftOut);
			}
			return writer;
		}

		/** The chunk's organisations, in one query, and every country, once. */
		private Names names(List<Published> chunk) {
			if (named.isEmpty()) {
				for (Country country : countries.all()) {
					named.put(country.code(), country);
				}
			}
			Set<OrganisationId> ids = new HashSet<>();
			for (Published published : chunk) {
				InitiativeContent content = published.content();
				content.participants().forEach(participant -> ids.add(participant.organisation()));
				if (published.owner().organisation() != null) {
					ids.add(published.owner().organisation());
				}
			}
			Map<OrganisationId, Organisation> found = ids.isEmpty() ? Map.of() : organisations.findAll(ids);
			return new Names(found, named);
		}

		private Map<ItemCode, String> elementNames() {
			if (elements.isEmpty()) {
				for (PlanItem item : plan.items(plan.current().code(), ItemFilter.all())) {
					if (item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT) {
						elements.put(item.code(), item.label());
					}
				}
			}
			return elements;
		}

	}

}
