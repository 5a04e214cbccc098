package org.cbcm.exchange.internal.iati;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema (IATI/IATI-Schemas, version-2.03, unchanged; see
 * ../shared/data/README.md), for tests to validate IATI files against: every problem it
 * finds, not the first only.
 */
public final class IatiSchema {

	private static final Schema SCHEMA = load();

	private IatiSchema() {
	}

	private static Schema load() {
		try {
			URL main = IatiSchema.class.getResource("/iati/schema-2.03/iati-activities-schema.xsd");
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			// The schema includes its siblings (iati-common.xsd, xml.xsd) from the same
			// folder: files only, nothing from the network.
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			return factory.newSchema(new StreamSource(main.openStream(), main.toURI().toString()));
		}
		catch (SAXException | IOException | URISyntaxException ex) {
			throw new IllegalStateException("The IATI 2.03 schema could not be read", ex);
		}
	}

	/**
	 * What the schema finds wrong with the file, each with its line; empty when it is
	 * valid.
	 */
	public static List<String> problems(InputStream file) throws IOException {
		List<String> problems = new ArrayList<>();
		Validator validator = SCHEMA.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new ErrorHandler() {

				@Override
				public void warning(SAXParseException ex) {
				}

				@Override
				public void error(SAXParseException ex) {
					problems.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
				}

				@Override
				public void fatalError(SAXParseException ex) {
					problems.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
				}

			});
			validator.validate(new StreamSource(file));
		}
		catch (SAXException ex) {
			if (problems.isEmpty()) {
				problems.add(ex.getMessage());
			}
		}
		return problems;
	}

}
