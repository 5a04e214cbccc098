package org.cbcm.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo data ({@code cbcm.demo.*}); {@code cbcm.demo=true} itself loads
 * them at startup (see {@link DemoStartup}).
 *
 * @param size how many demo initiatives the startup loads
 * @param seed makes the demo initiatives the same from one load to the next
 * @param needs how many Parties get a demo needs assessment: developing Parties and
 * economies in transition first, then the others (the benchmark asks for all)
 */
@ConfigurationProperties("cbcm.demo")
record DemoSettings(@DefaultValue("500") int size, @DefaultValue("2006") long seed, @DefaultValue("120") int needs) {
}
