"""The console's pages, one module per part of a clinic's day; console/app.py routes them."""
