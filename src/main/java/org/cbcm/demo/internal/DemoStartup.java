package org.cbcm.demo.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code --cbcm.demo=true}, loads the demo initiatives once the application has
 * started, unless some are there already, and finishes a load that a crash cut short. The
 * readiness probe reports the application ready only once they are loaded.
 */
@Component
@ConditionalOnProperty(name = "cbcm.demo", havingValue = "true")
class DemoStartup {

	private final DemoInitiatives demo;

	DemoStartup(DemoInitiatives demo) {
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() throws InterruptedException {
		demo.loadOnStart();
	}

}
