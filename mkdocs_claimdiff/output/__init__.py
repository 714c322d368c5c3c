"""What is shown or exported: HTML views and templates (``render``, ``views``), row status,
the digest, the JSON/CSV/text export and links into the original articles."""
