"""Renderers: pure functions from a validated tree to DOT, SVG, JSON-able data and text.

``links`` arguments map node ids and conclusion ids to the URLs the caller wants in the
output (relative to the page the output lands on); the renderers never compute URLs.
"""
