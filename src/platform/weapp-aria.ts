// WeChat's 读屏 reads aria-role and aria-label on any component; Taro's runtime only passes the attributes it knows.
// This adds both to View and Text for the runtime, matching what config/weapp-aria.js adds to the build's
// templates (the two must list the same attributes: the template slots are numbered from the sorted lists).
import { mergeInternalComponents } from '@tarojs/shared'

const ARIA = { 'aria-role': "''", 'aria-label': "''" }

if (process.env.TARO_ENV === 'weapp') mergeInternalComponents({ View: ARIA, Text: ARIA })
