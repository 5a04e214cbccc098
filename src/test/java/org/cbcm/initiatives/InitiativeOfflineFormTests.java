package org.cbcm.initiatives;

import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.OfflineEdits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An initiative with every kind of answer (texts, choices, days, numbers, ticked boxes,
 * lists of rows, ratings) filled offline: uploaded unchanged it changes nothing in either
 * format, edited it changes exactly what was edited once the review is confirmed, and
 * only those who may edit it download it filled or upload it.
 */
@IntegrationTest
class InitiativeOfflineFormTests {

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	UserDetails unepReporter;

	UserDetails faoReporter;

	String id;

	@BeforeEach
	void aPublishedInitiative() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		unepReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.UNEP);
		faoReporter = people.holding(Role.ORGANISATION_REPORTER, InitiativeApiTests.key("fao"));
		id = RegistryFixtures.in(context)
			.aPublishedInitiative(unepReporter,
					InitiativeApiTests.regional("Offline risk assessors " + System.nanoTime()));
	}

	@Test
	void a_workbook_and_a_document_uploaded_unchanged_change_nothing() throws Exception {
		for (String format : new String[] { "xlsx", "docx" }) {
			mvc.perform(upload(download(format), "initiative." + format))
				.andExpect(status().isOk())
				.andExpect(content()
					.string(allOf(containsString("holds no change"), not(containsString("has problems")))));
		}
	}

	@Test
	void a_workbook_edited_offline_changes_exactly_what_was_edited() throws Exception {
		byte[] edited;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
			OfflineEdits.row(workbook, "funding.totalBudget").getCell(2).setCellValue(1500000);
			OfflineEdits.answer(workbook, "implementation", "Completed");
			OfflineEdits.answer(workbook, "focus.categories=EQUIPMENT_AND_INFRASTRUCTURE", "");
			edited = OfflineEdits.bytes(workbook);
		}
		String review = mvc.perform(upload(edited, "initiative.xlsx"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("3 fields change"), containsString("1,500,000"),
					containsString("Completed"), containsString("Apply as a new draft revision"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(confirm(review)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/initiatives/" + id + "/revisions/compare?from=3&to=4").with(user(unepReporter)))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[*].field",
					containsInAnyOrder("implementation", "funding.totalBudget", "focus.categories[1]")));
	}

	@Test
	void a_document_edited_offline_changes_exactly_what_was_edited() throws Exception {
		byte[] edited;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
			OfflineEdits.control(document, "results.outcomes", "Regulators decide faster");
			OfflineEdits.control(document, "geography.countries[0].percentage", "40");
			edited = OfflineEdits.bytes(document);
		}
		String review = mvc.perform(upload(edited, "initiative.docx"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("2 fields change"), containsString("Regulators decide faster"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(confirm(review)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/initiatives/" + id + "/revisions/compare?from=3&to=4").with(user(unepReporter)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].field",
					containsInAnyOrder("results.outcomes", "geography.countries[0].percentage")));
	}

	@Test
	void only_those_who_may_edit_it_download_it_filled_or_upload_it() throws Exception {
		mvc.perform(get("/initiatives/" + id + "/offline.xlsx").with(user(faoReporter)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/initiatives/" + id + "/offline-blank.xlsx")).andExpect(status().isOk());
		mvc.perform(multipart("/initiatives/" + id + "/offline")
			.file(new MockMultipartFile("file", "i.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, download("xlsx")))
			.with(user(faoReporter))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(upload("not a form".getBytes(), "x.docx"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("is not a cbcm offline form"), containsString("offline-file-error"))));
	}

	private byte[] download(String format) throws Exception {
		return mvc.perform(get("/initiatives/" + id + "/offline." + format).with(user(unepReporter)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private RequestBuilder upload(byte[] file, String name) {
		return multipart("/initiatives/" + id + "/offline")
			.file(new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, file))
			.with(user(unepReporter))
			.with(csrf());
	}

	/** Presses "Apply" on a review page: posts its hidden answers back. */
	private MockHttpServletRequestBuilder confirm(String review) {
		MockHttpServletRequestBuilder request = post("/initiatives/" + id + "/offline/apply").with(user(unepReporter))
			.with(csrf());
		String form = review.substring(review.indexOf("offline-apply"));
		Matcher hidden = HIDDEN.matcher(form);
		while (hidden.find()) {
			if (!hidden.group(1).equals("_csrf")) {
				request.param(hidden.group(1), unescape(hidden.group(2)));
			}
		}
		return request;
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#10;", "\n")
			.replace("&amp;", "&");
	}

}
