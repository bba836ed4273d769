"""The Qt layer: shows core state and forwards clicks. Never writes SQL."""
