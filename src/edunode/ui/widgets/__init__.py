"""Small reusable widgets: page base, banners, dialogs, live forms, the lesson editor."""
