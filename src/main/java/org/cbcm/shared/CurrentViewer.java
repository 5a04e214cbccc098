package org.cbcm.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The viewer of the request being served: the signed-in person, or an anonymous visitor.
 */
@Component
public class CurrentViewer {

	public Viewer get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof ViewerSource source) {
			return source.viewer();
		}
		return Viewer.ANONYMOUS;
	}

}
