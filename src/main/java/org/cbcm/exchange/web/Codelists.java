package org.cbcm.exchange.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.cbcm.framework.ActionPlanCatalogue;
import org.cbcm.framework.ItemFilter;
import org.cbcm.framework.ItemType;
import org.cbcm.framework.PlanItem;
import org.cbcm.framework.PlanVersion;
import org.cbcm.web.PublicAddress;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * cbcm's codelists in the IATI codelist format, at addresses that stay: the key elements
 * and sub-elements of the current Action Plan, which exported activities name as sectors
 * of vocabulary 99 with this address as their {@code vocabulary-uri}. The list is built
 * from the plan when asked (it is small), tagged by a hash of its bytes so that readers
 * revalidate cheaply, and may be kept an hour.
 */
@RestController
class Codelists {

	/** The address of the key elements' codelist. */
	static final String KEY_ELEMENTS = "/codelists/ActionPlanKeyElement.xml";

	private final ActionPlanCatalogue plan;

	private final MessageSource messages;

	private final PublicAddress address;

	Codelists(ActionPlanCatalogue plan, MessageSource messages, PublicAddress address) {
		this.plan = plan;
		this.messages = messages;
		this.address = address;
	}

	@GetMapping(KEY_ELEMENTS)
	ResponseEntity<byte[]> keyElements(WebRequest request) throws XMLStreamException {
		byte[] body = keyElementsList();
		String etag = "\"" + hash(body) + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304)
				.eTag(etag)
				.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
				.build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.eTag(etag)
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
			.body(body);
	}

	private byte[] keyElementsList() throws XMLStreamException {
		PlanVersion version = plan.current();
		List<PlanItem> items = plan.items(version.code(), ItemFilter.all())
			.stream()
			.filter(item -> item.type() == ItemType.KEY_ELEMENT || item.type() == ItemType.SUB_ELEMENT)
			.sorted(java.util.Comparator.comparing(PlanItem::code))
			.toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("codelist");
		xml.writeAttribute("name", "ActionPlanKeyElement");
		xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
		xml.writeAttribute("complete", "1");
		xml.writeAttribute("embedded", "0");
		xml.writeStartElement("metadata");
		narrated(xml, "name", message("exchange.codelist.key-elements.name"));
		narrated(xml, "description", message("exchange.codelist.key-elements.description", version.title(),
				version.document(), version.issued().toString()));
		text(xml, "url", address.link(KEY_ELEMENTS));
		xml.writeEndElement();
		xml.writeStartElement("codelist-items");
		for (PlanItem item : items) {
			xml.writeStartElement("codelist-item");
			text(xml, "code", item.code().value());
			narrated(xml, "name", item.label());
			narrated(xml, "description", item.text());
			if (item.parent() != null) {
				text(xml, "category", item.parent().value());
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toByteArray();
	}

	private static void narrated(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		text(xml, "narrative", text);
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	private static String hash(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
