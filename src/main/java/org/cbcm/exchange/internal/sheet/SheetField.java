package org.cbcm.exchange.internal.sheet;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The fields of an initiative a spreadsheet's columns may hold, each with the headers (in
 * English, French and Spanish, as portfolios are kept) by which a column is recognised
 * before the person confirms it. Headers compare whatever their case, accents, spaces and
 * punctuation.
 */
public enum SheetField {

	/** The publisher's own identifier of the project: the key of repeated imports. */
	IDENTIFIER(true, "identifier", "id", "project id", "project identifier", "project code", "project number",
			"project no", "reference", "ref", "code", "iati identifier", "activity identifier", "identifiant",
			"identifiant du projet", "code du projet", "code projet", "n projet", "n du projet", "numero projet",
			"id projet", "ref projet", "reference projet", "reference du projet", "numero du projet", "identificador",
			"codigo", "codigo del proyecto", "numero del proyecto", "referencia"),
	/** The title. */
	TITLE(true, "title", "project title", "name", "project name", "project", "activity", "activity title", "titre",
			"titre du projet", "intitule", "intitule du projet", "libelle", "libelle du projet", "designation",
			"nom du projet", "projet", "titulo", "titulo del proyecto", "nombre del proyecto", "nombre", "proyecto"),
	/** The general description. */
	DESCRIPTION(false, "description", "summary", "project description", "abstract", "resume", "descriptif",
			"descripcion", "resumen"),
	/** The objectives. */
	OBJECTIVES(false, "objectives", "objective", "goals", "aim", "objectifs", "objectif", "objetivos", "objetivo"),
	/** The status, as an IATI code or in words. */
	STATUS(false, "status", "activity status", "project status", "stage", "statut", "etat", "estado", "situacion"),
	/** The planned start date. */
	PLANNED_START(false, "start", "start date", "planned start", "planned start date", "from", "debut", "date de debut",
			"debut prevu", "inicio", "fecha de inicio", "inicio previsto"),
	/** The planned end date. */
	PLANNED_END(false, "end", "end date", "planned end", "planned end date", "to", "fin", "date de fin", "fin prevue",
			"fecha de fin", "fecha de finalizacion", "fin prevista"),
	/** The actual start date. */
	ACTUAL_START(false, "actual start", "actual start date", "debut effectif", "inicio efectivo", "inicio real"),
	/** The actual end date. */
	ACTUAL_END(false, "actual end", "actual end date", "fin effective", "fin efectiva", "fin real"),
	/**
	 * The organisation that reports the project and owns its record: a name, acronym or
	 * IATI organisation identifier of the directory.
	 */
	REPORTING_ORGANISATION(false, "reporting organisation", "reporting organization", "reporting org", "organisation",
			"organization", "agency", "lead agency", "owner", "organisation declarante", "organisme", "agence",
			"organizacion", "organismo", "agencia", "organizacion informante"),
	/** The funding organisations, separated by semicolons or line breaks. */
	FUNDING_ORGANISATIONS(false, "donor", "donors", "funder", "funders", "funding organisation",
			"funding organisations", "funding organization", "funding organizations", "funded by", "source of funds",
			"bailleur", "bailleurs", "bailleur de fonds", "bailleurs de fonds", "donateur", "donateurs", "financement",
			"donante", "donantes", "financiador", "financiadores", "fuente de financiacion"),
	/** The implementing organisations, separated by semicolons or line breaks. */
	IMPLEMENTING_ORGANISATIONS(false, "implementing organisation", "implementing organisations",
			"implementing organization", "implementing organizations", "implementer", "implementers",
			"implementing agency", "implementing partner", "implementing partners", "partner", "partners",
			"executing agency", "organisme d execution", "agence d execution", "partenaire", "partenaires",
			"mise en oeuvre", "organismo de ejecucion", "agencia de ejecucion", "socio", "socios", "ejecutor"),
	/**
	 * The recipient countries, by code (ISO alpha-2 or alpha-3, M49) or English name,
	 * separated by semicolons or line breaks.
	 */
	COUNTRIES(false, "country", "countries", "recipient country", "recipient countries", "beneficiary country",
			"beneficiary countries", "pays", "pays beneficiaire", "pays beneficiaires", "pais", "paises",
			"pais beneficiario", "paises beneficiarios"),
	/** The total budget, an amount. */
	BUDGET(false, "budget", "total budget", "amount", "total amount", "funding", "total", "value", "montant",
			"budget total", "montant total", "presupuesto", "presupuesto total", "monto", "monto total", "importe"),
	/** The currency of the budget, an ISO 4217 code. */
	CURRENCY(false, "currency", "devise", "monnaie", "moneda", "divisa"),
	/**
	 * The Action Plan's key elements, by code ({@code 12(a)}), each with a percentage
	 * where given ({@code 12(a) (40 %)}), separated by semicolons.
	 */
	KEY_ELEMENTS(false, "key elements", "key element", "action plan key elements", "elements", "elements cles",
			"element cle", "elementos clave", "elemento clave"),
	/** The project's web page. */
	WEBSITE(false, "website", "web site", "web page", "url", "link", "site web", "site internet", "lien", "sitio web",
			"pagina web", "enlace"),
	/** A contact e-mail address. */
	CONTACT_EMAIL(false, "email", "e mail", "contact", "contact email", "contact e mail", "courriel", "adresse email",
			"correo", "correo electronico", "contacto");

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern OTHERS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final boolean required;

	private final List<String> headers;

	SheetField(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers);
	}

	/** Whether a row without it cannot be imported. */
	public boolean required() {
		return required;
	}

	/** The key of its name in the message bundles. */
	public String messageKey() {
		return "exchange.sheet.field." + name();
	}

	/** Whether a column's header names this field. */
	public boolean recognises(String header) {
		return headers.contains(key(header));
	}

	/** A header as compared: lower case, no accents, words separated by one space. */
	public static String key(String header) {
		String plain = MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFD)).replaceAll("");
		return OTHERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
