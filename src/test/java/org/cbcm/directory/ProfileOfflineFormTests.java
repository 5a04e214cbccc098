package org.cbcm.directory;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cbcm.identity.internal.TestAccounts;
import org.cbcm.shared.CountryCode;
import org.cbcm.shared.Role;
import org.cbcm.support.IntegrationTest;
import org.cbcm.support.OfflineEdits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
 * A country profile filled offline: downloaded as a workbook or a document, uploaded
 * unchanged it changes nothing, edited it changes exactly what was edited (shown field by
 * field first, applied as a new draft only when confirmed), and whatever is not this
 * profile's form, or holds a formula, macros or answers the form does not offer, is
 * refused with its reason and nothing is saved.
 */
@IntegrationTest
class ProfileOfflineFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	UserDetails focalPoint;

	UserDetails otherFocalPoint;

	@AfterEach
	void noProfileLeftBehind() {
		org.cbcm.directory.ProfileFixtures.clear(jdbc, "KEN", "UGA");
	}

	@BeforeEach
	void aPublishedProfile() throws Exception {
		TestAccounts people = TestAccounts.in(context);
		focalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("KEN"));
		otherFocalPoint = people.holding(Role.NATIONAL_FOCAL_POINT, CountryCode.of("UGA"));
		jdbc.sql("DELETE FROM country_profile WHERE country_code IN ('KEN', 'UGA')").update();
		jdbc.sql("DELETE FROM record_revision WHERE record_id IN ('KEN', 'UGA')").update();
		mvc.perform(post("/countries/KEN/profile").with(user(focalPoint))
			.with(csrf())
			.param("version", "0")
			.param("focalPoints[0].name", "Jane Wanjiru")
			.param("focalPoints[0].email", "jane@example.org")
			.param("framework", "IN_DEVELOPMENT")
			.param("frameworkNote", "Draft bill\nbefore parliament")
			.param("centreOfOrigin", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/countries/KEN/profile/publish").with(user(focalPoint)).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void a_workbook_uploaded_unchanged_changes_nothing() throws Exception {
		byte[] workbook = download("xlsx");
		upload(workbook, "profile.xlsx").andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("holds no change"), not(containsString("offline-apply")))));
	}

	@Test
	void a_document_uploaded_unchanged_changes_nothing() throws Exception {
		byte[] document = download("docx");
		upload(document, "profile.docx").andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("holds no change"), not(containsString("offline-apply")))));
	}

	@Test
	void a_workbook_edited_offline_changes_exactly_what_was_edited_once_confirmed() throws Exception {
		byte[] edited;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
			OfflineEdits.answer(workbook, "website", "https://biosafety.example.ke");
			OfflineEdits.answer(workbook, "framework", "In place");
			Sheet focal = workbook.getSheet("National focal points");
			focal.getRow(2).getCell(3).setCellValue("jane.wanjiru@example.org");
			edited = OfflineEdits.bytes(workbook);
		}
		upload(edited, "profile.xlsx").andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("3 fields change"), containsString("https://biosafety.example.ke"),
						containsString("In place"), containsString("Being developed"),
						containsString("jane.wanjiru@example.org"), containsString("Apply as a new draft revision"))));
		assertThat(revisions()).as("nothing saved before confirming").isEqualTo(2);
		mvc.perform(post("/countries/KEN/profile/offline/apply").with(user(focalPoint))
			.with(csrf())
			.param("version", "2")
			.param("basedOn", "2")
			.param("format", "xlsx")
			.param("answer.focalPoints[0].name", "Jane Wanjiru")
			.param("answer.focalPoints[0].email", "jane.wanjiru@example.org")
			.param("answer.framework", "IN_PLACE")
			.param("answer.frameworkNote", "Draft bill\nbefore parliament")
			.param("answer.website", "https://biosafety.example.ke")
			.param("answer.centreOfOrigin", "true")).andExpect(status().is3xxRedirection());
		assertThat(revisions()).isEqualTo(3);
		mvc.perform(get("/api/v1/countries/KEN/profile/draft").with(user(focalPoint)))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.draft.website").value("https://biosafety.example.ke"))
			.andExpect(jsonPath("$.draft.framework").value("IN_PLACE"))
			.andExpect(jsonPath("$.draft.focalPoints[0].email").value("jane.wanjiru@example.org"))
			.andExpect(jsonPath("$.draft.frameworkNote").value("Draft bill\nbefore parliament"))
			.andExpect(jsonPath("$.draft.centreOfOrigin").value(true));
		mvc.perform(get("/api/v1/countries/KEN/profile/revisions/compare?from=2&to=3").with(user(focalPoint)))
			.andExpect(jsonPath("$.length()").value(3));
	}

	@Test
	void a_document_edited_offline_changes_exactly_what_was_edited() throws Exception {
		byte[] edited;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
			OfflineEdits.control(document, "mechanismNote", "A national committee");
			OfflineEdits.control(document, "centreOfOrigin", "No");
			edited = OfflineEdits.bytes(document);
		}
		upload(edited, "profile.docx").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2 fields change"), containsString("A national committee"),
					containsString("Apply as a new draft revision"))));
	}

	@Test
	void an_answer_the_form_does_not_offer_is_shown_at_its_field_and_nothing_may_be_applied() throws Exception {
		byte[] edited;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
			OfflineEdits.answer(workbook, "framework", "Perhaps");
			Sheet focal = workbook.getSheet("National focal points");
			focal.getRow(2).getCell(3).setCellValue("not-an-email");
			edited = OfflineEdits.bytes(workbook);
		}
		upload(edited, "profile.xlsx").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has problems"), containsString("Perhaps"),
					containsString("data-field=\"framework\""), containsString("data-field=\"focalPoints[0].email\""),
					not(containsString("offline-apply")))));
		assertThat(revisions()).isEqualTo(2);
	}

	@Test
	void an_upload_filled_from_an_older_version_is_shown_against_the_current_one() throws Exception {
		byte[] old = download("xlsx");
		mvc.perform(post("/countries/KEN/profile").with(user(focalPoint))
			.with(csrf())
			.param("version", "2")
			.param("focalPoints[0].name", "Jane Wanjiru")
			.param("focalPoints[0].email", "jane@example.org")
			.param("framework", "IN_DEVELOPMENT")
			.param("frameworkNote", "Draft bill\nbefore parliament")
			.param("centreOfOrigin", "true")
			.param("website", "https://colleague.example.ke")).andExpect(status().is3xxRedirection());
		upload(old, "profile.xlsx").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("filled from version 2"),
					containsString("now at version 3"), containsString("https://colleague.example.ke"),
					containsString("name=\"version\" value=\"3\""))));
	}

	@Test
	void what_is_not_this_profiles_form_is_refused_with_its_reason() throws Exception {
		refused(upload("just text".getBytes(), "notes.xlsx"), "is not a cbcm offline form");
		byte[] uganda = mvc.perform(get("/countries/UGA/profile/offline-blank.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		refused(upload(uganda, "uganda.xlsx"), "the form of another record");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
			workbook.getSheet("cbcm").getRow(0).getCell(1).setCellValue("initiative");
			refused(upload(OfflineEdits.bytes(workbook), "kind.xlsx"), "another kind of record");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
			workbook.getSheet("cbcm").getRow(4).getCell(1).setCellValue("99");
			refused(upload(OfflineEdits.bytes(workbook), "future.xlsx"), "a later version of cbcm");
		}
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download("docx")))) {
			for (CTProperty property : document.getProperties()
				.getCustomProperties()
				.getUnderlyingProperties()
				.getPropertyList()) {
				if (property.getName().equals("cbcm.format")) {
					property.setLpwstr("2");
				}
			}
			refused(upload(OfflineEdits.bytes(document), "future.docx"), "a later version of cbcm");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
			var row = OfflineEdits.row(workbook, "website");
			row.getCell(2).setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")");
			refused(upload(OfflineEdits.bytes(workbook), "formula.xlsx"), "holds a formula");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx")))) {
			workbook.setWorkbookType(XSSFWorkbookType.XLSM);
			refused(upload(OfflineEdits.bytes(workbook), "macros.xlsm"), "holds macros");
		}
		assertThat(revisions()).isEqualTo(2);
	}

	@Test
	void a_file_of_50_megabytes_is_refused_before_it_is_read() throws Exception {
		byte[] huge = new byte[50 * 1024 * 1024];
		long started = System.nanoTime();
		int status = mvc
			.perform(multipart("/countries/KEN/profile/offline")
				.file(new MockMultipartFile("file", "huge.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, huge))
				.with(user(focalPoint))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isIn(200, 413);
		assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
		assertThat(revisions()).isEqualTo(2);
	}

	@Test
	void only_the_profiles_writers_download_it_filled_and_anyone_blank() throws Exception {
		mvc.perform(get("/countries/KEN/profile/offline.xlsx")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/countries/KEN/profile/offline.docx").with(user(otherFocalPoint)))
			.andExpect(status().isForbidden());
		byte[] blank = mvc.perform(get("/countries/KEN/profile/offline-blank.docx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(blank))) {
			assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText())
				.contains("National focal point 1")
				.doesNotContain("jane@example.org");
		}
		mvc.perform(multipart("/countries/KEN/profile/offline")
			.file(new MockMultipartFile("file", "p.xlsx", MediaType.APPLICATION_OCTET_STREAM_VALUE, download("xlsx")))
			.with(user(otherFocalPoint))
			.with(csrf())).andExpect(status().isForbidden());
	}

	private byte[] download(String format) throws Exception {
		return mvc.perform(get("/countries/KEN/profile/offline." + format).with(user(focalPoint)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private ResultActions upload(byte[] file, String name) throws Exception {
		return mvc.perform(multipart("/countries/KEN/profile/offline")
			.file(new MockMultipartFile("file", name, MediaType.APPLICATION_OCTET_STREAM_VALUE, file))
			.with(user(focalPoint))
			.with(csrf()));
	}

	private void refused(ResultActions answer, String reason) throws Exception {
		answer.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(reason), containsString("offline-file-error"))));
	}

	private int revisions() {
		return jdbc.sql("SELECT COUNT(*) FROM record_revision WHERE record_id = 'KEN'").query(Integer.class).single();
	}

}
