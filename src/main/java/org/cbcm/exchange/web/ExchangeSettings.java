package org.cbcm.exchange.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How cbcm names itself as the publisher of IATI activities that neither an import nor
 * their owner names one for ({@code cbcm.exchange.*}).
 *
 * @param publisherRef cbcm's IATI organisation identifier; the default is a placeholder
 * of the IATI's own {@code XI-IATI} form, to be replaced by the identifier the IATI
 * registry issues to the deployment's publisher
 * @param publisherType its IATI OrganisationType code (40, multilateral: the Secretariat
 * of the Convention runs cbcm)
 * @param publisherName its name in the files
 */
@ConfigurationProperties("cbcm.exchange")
record ExchangeSettings(@DefaultValue("XI-IATI-CBCM") String publisherRef, @DefaultValue("40") String publisherType,
		@DefaultValue("Coordination Mechanism for biosafety capacity-building (cbcm)") String publisherName) {
}
