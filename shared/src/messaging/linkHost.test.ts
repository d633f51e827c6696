import { describe, expect, it } from 'vitest';
import { messagingSettingsSchema } from './channelSettings';
import { isLinkHost, LINK_HOST_MAX_LENGTH, linkBase } from './linkHost';

const base = { senderName: 'Shop', optoutLine: '080-000-0000' };

describe('workspace link host', () => {
  it('accepts an http(s) origin, with a port or a trailing slash', () => {
    for (const host of [
      'https://go.example.com',
      'http://localhost:3000',
      'https://jf.kr/',
      'HTTPS://Go.Example.com',
    ]) {
      expect(isLinkHost(host), host).toBe(true);
      expect(messagingSettingsSchema.safeParse({ ...base, linkHost: host }).success, host).toBe(true);
    }
  });

  it('refuses other schemes, paths, queries, fragments, credentials and over-long hosts', () => {
    const bad = [
      'ftp://go.example.com',
      'javascript:alert(1)',
      'go.example.com',
      '//go.example.com',
      'https://go.example.com/l',
      'https://go.example.com/path/',
      'https://go.example.com?x=1',
      'https://go.example.com#top',
      'https://user:pw@go.example.com',
      'https://go.example.com\\evil',
      'https://go example.com',
      'https://',
      `https://${'a'.repeat(LINK_HOST_MAX_LENGTH)}.com`,
    ];
    for (const host of bad) {
      expect(isLinkHost(host), host).toBe(false);
      expect(messagingSettingsSchema.safeParse({ ...base, linkHost: host }).success, host).toBe(false);
    }
  });

  it('is optional: settings without it still parse, and links fall back to the installation URL', () => {
    const parsed = messagingSettingsSchema.parse(base);
    expect(parsed.linkHost).toBeUndefined();
    expect(linkBase(parsed.linkHost, 'https://jf.example/')).toBe('https://jf.example');
    expect(linkBase('https://go.example.com/', 'https://jf.example')).toBe('https://go.example.com');
    expect(linkBase('https://go.example.com/path', 'https://jf.example')).toBe('https://jf.example');
  });
});
