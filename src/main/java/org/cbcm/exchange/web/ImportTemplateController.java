package org.cbcm.exchange.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.cbcm.directory.Country;
import org.cbcm.directory.CountryDirectory;
import org.cbcm.directory.Organisation;
import org.cbcm.directory.OrganisationDirectory;
import org.cbcm.exchange.internal.IatiImports;
import org.cbcm.exchange.internal.sheet.SheetField;
import org.cbcm.exchange.internal.sheet.SpreadsheetTemplate;
import org.cbcm.initiatives.InitiativeContent;
import org.cbcm.shared.CurrentViewer;
import org.cbcm.shared.ForbiddenException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The spreadsheet template of a portfolio to import: one column for each field an import
 * reads ({@link SheetField}), headed as the import recognises it, with drop-down lists of
 * the statuses, countries, currencies, key elements and the directory's organisations,
 * and a sheet of instructions.
 */
@Controller
class ImportTemplateController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final IatiImports imports;

	private final CountryDirectory countries;

	private final OrganisationDirectory organisations;

	private final CurrentViewer viewers;

	private final MessageSource messages;

	ImportTemplateController(IatiImports imports, CountryDirectory countries, OrganisationDirectory organisations,
			CurrentViewer viewers, MessageSource messages) {
		this.imports = imports;
		this.countries = countries;
		this.organisations = organisations;
		this.viewers = viewers;
		this.messages = messages;
	}

	@GetMapping("/exchange/imports/template")
	ResponseEntity<byte[]> template(Locale locale) {
		if (!viewers.get().isSecretariat()) {
			throw new ForbiddenException("exchange.secretariat-only");
		}
		List<String> statuses = List.of("1", "2", "3", "4", "5", "6")
			.stream()
			.map(code -> text("exchange.sheet.status." + code, locale))
			.toList();
		List<String> countryNames = countries.all()
			.stream()
			.map((Country country) -> country.name(Locale.ENGLISH))
			.sorted()
			.toList();
		List<String> organisationNames = organisations.all()
			.stream()
			.map(Organisation::name)
			.sorted(Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT)))
			.toList();
		List<String> currencies = Currency.getAvailableCurrencies()
			.stream()
			.map(Currency::getCurrencyCode)
			.filter(InitiativeContent.Funding::knownCurrency)
			.sorted()
			.toList();
		List<String> elements = imports.elements()
			.stream()
			.map(item -> cut(item.code().value() + " " + ((item.title() != null) ? item.title() : ""), 120))
			.toList();
		List<SpreadsheetTemplate.Column> columns = new ArrayList<>();
		for (SheetField field : SheetField.values()) {
			String header = text(field.messageKey(), locale);
			String help = text(field.messageKey() + ".help", locale);
			columns.add(switch (field) {
				case STATUS -> new SpreadsheetTemplate.Column(header, help, statuses, false, 18);
				case COUNTRIES -> new SpreadsheetTemplate.Column(header, help, countryNames, true, 28);
				case CURRENCY -> new SpreadsheetTemplate.Column(header, help, currencies, false, 10);
				case KEY_ELEMENTS -> new SpreadsheetTemplate.Column(header, help, elements, true, 40);
				case REPORTING_ORGANISATION, FUNDING_ORGANISATIONS, IMPLEMENTING_ORGANISATIONS ->
					new SpreadsheetTemplate.Column(header, help, organisationNames, true, 32);
				case TITLE, DESCRIPTION, OBJECTIVES ->
					new SpreadsheetTemplate.Column(header, help, List.of(), true, 40);
				default -> new SpreadsheetTemplate.Column(header, help, List.of(), true, 16);
			});
		}
		List<String> instructions = new ArrayList<>();
		for (int line = 1; line <= 6; line++) {
			instructions.add(text("exchange.sheet.template.instruction." + line, locale));
		}
		byte[] workbook = SpreadsheetTemplate.write(text("exchange.sheet.template.sheet", locale), columns,
				text("exchange.sheet.template.instructions", locale), instructions);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cbcm-initiatives-template.xlsx").build().toString())
			.body(workbook);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String cut(String text, int most) {
		String plain = text.strip();
		return (plain.length() > most) ? plain.substring(0, most - 1) + "…" : plain;
	}

}
