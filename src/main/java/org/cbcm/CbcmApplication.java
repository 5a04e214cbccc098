package org.cbcm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * cbcm, the Capacity-Building Coordination Mechanism for the Cartagena Protocol on
 * Biosafety: who does what where in biosafety capacity-building, measured against the
 * Action Plan.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class CbcmApplication {

	public static void main(String[] args) {
		SpringApplication.run(CbcmApplication.class, args);
	}

}
