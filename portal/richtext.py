"""The rich-text features editors get in every page's text fields."""

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol", "h2", "h3"]
