// The language switcher changes the language of the page as it is now: after htmx has updated the
// filters of a list, that is the address in the location bar, not the one the page was loaded with.
// Without scripts the form's hidden fields carry the query the page was loaded with.
document.querySelectorAll('form.language-switch').forEach((form) => {
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const url = new URL(window.location.href);
		url.searchParams.set('lang', form.elements.lang.value);
		url.hash = '';
		window.location.assign(url.toString());
	});
});
